package se.digitalalas.routine.lasvrednykund;

import se.digitalalas.testsupport.ServiceOnH2;

class LasvredNyKundH2IT extends ServiceOnH2 implements LasvredNyKundWalkthrough {
}
