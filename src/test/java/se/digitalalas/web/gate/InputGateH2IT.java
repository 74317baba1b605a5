package se.digitalalas.web.gate;

import se.digitalalas.testsupport.ServiceOnH2;

class InputGateH2IT extends ServiceOnH2 implements InputGateWalkthrough {
}
