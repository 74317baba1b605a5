package se.digitalalas.process.steps;

import se.digitalalas.testsupport.ServiceOnPostgres;

class CaseReferencePostgresIT extends ServiceOnPostgres implements CaseReferenceWalkthrough {
}
