package se.digitalalas.web.gate;

import java.util.List;

/** Who sends a request to the engine: the user and their groups, as authenticated for it. */
record Caller(String userId, List<String> groupIds) {
}
