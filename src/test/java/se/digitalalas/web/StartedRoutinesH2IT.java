package se.digitalalas.web;

import se.digitalalas.testsupport.ServiceOnH2;

class StartedRoutinesH2IT extends ServiceOnH2 implements StartedRoutinesWalkthrough {
}
