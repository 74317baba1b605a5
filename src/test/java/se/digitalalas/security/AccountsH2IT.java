package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnH2;

class AccountsH2IT extends ServiceOnH2 implements AccountsWalkthrough {
}
