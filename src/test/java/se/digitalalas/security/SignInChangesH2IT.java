package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnH2;

class SignInChangesH2IT extends ServiceOnH2 implements SignInChangesWalkthrough {
}
