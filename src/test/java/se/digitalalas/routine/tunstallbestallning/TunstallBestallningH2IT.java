package se.digitalalas.routine.tunstallbestallning;

import se.digitalalas.testsupport.ServiceOnH2;

class TunstallBestallningH2IT extends ServiceOnH2 implements TunstallBestallningWalkthrough {
}
