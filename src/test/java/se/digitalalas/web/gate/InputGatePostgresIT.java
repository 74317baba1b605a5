package se.digitalalas.web.gate;

import se.digitalalas.testsupport.ServiceOnPostgres;

class InputGatePostgresIT extends ServiceOnPostgres implements InputGateWalkthrough {
}
