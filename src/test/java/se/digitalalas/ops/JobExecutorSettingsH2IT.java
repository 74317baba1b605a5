package se.digitalalas.ops;

import se.digitalalas.testsupport.ServiceOnH2;

class JobExecutorSettingsH2IT extends ServiceOnH2 implements JobExecutorSettingsWalkthrough {
}
