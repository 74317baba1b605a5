package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnPostgres;

class SignInChangesPostgresIT extends ServiceOnPostgres implements SignInChangesWalkthrough {
}
