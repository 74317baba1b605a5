package se.digitalalas.routine.lasvredavslut;

import se.digitalalas.testsupport.ServiceOnH2;

class LasvredAvslutH2IT extends ServiceOnH2 implements LasvredAvslutWalkthrough {
}
