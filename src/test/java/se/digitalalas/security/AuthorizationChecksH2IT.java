package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnH2;

class AuthorizationChecksH2IT extends ServiceOnH2 implements AuthorizationChecksWalkthrough {
}
