package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnPostgres;

class AccountsPostgresIT extends ServiceOnPostgres implements AccountsWalkthrough {
}
