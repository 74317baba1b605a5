package se.digitalalas.process.steps;

import se.digitalalas.testsupport.ServiceOnH2;

class CaseReferenceH2IT extends ServiceOnH2 implements CaseReferenceWalkthrough {
}
