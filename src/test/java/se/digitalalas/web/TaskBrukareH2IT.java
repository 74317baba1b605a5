package se.digitalalas.web;

import se.digitalalas.testsupport.ServiceOnH2;

class TaskBrukareH2IT extends ServiceOnH2 implements TaskBrukareWalkthrough {
}
