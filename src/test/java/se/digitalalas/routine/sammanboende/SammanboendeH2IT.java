package se.digitalalas.routine.sammanboende;

import se.digitalalas.testsupport.ServiceOnH2;

class SammanboendeH2IT extends ServiceOnH2 implements SammanboendeWalkthrough {
}
