package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnH2;

class TaskIsolationH2IT extends ServiceOnH2 implements TaskIsolationWalkthrough {
}
