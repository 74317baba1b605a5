package se.digitalalas.routine.byteavutforare;

import se.digitalalas.testsupport.ServiceOnH2;

class ByteAvUtforareH2IT extends ServiceOnH2 implements ByteAvUtforareWalkthrough {
}
