package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnPostgres;

class AuthorizationChecksPostgresIT extends ServiceOnPostgres implements AuthorizationChecksWalkthrough {
}
