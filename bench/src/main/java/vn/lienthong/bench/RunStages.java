package vn.lienthong.bench;

import java.util.List;

/** The stages of one open-loop run, in the order a document passes them. */
final class RunStages {

    final Stage submit = new Stage("submit", "intended send time -> 201 Created");
    final Stage delivered = new Stage("delivered", "intended send time -> seen in a recipient's inbox listing");
    final Stage deliveredToAll = new Stage("delivered-all", "intended send time -> seen in every recipient's inbox");
    final Stage fetch = new Stage("fetch", "GET /inbox/{id} request -> whole package read");
    final Stage ack = new Stage("ack", "POST /inbox/{id}/ack request -> answer");
    final Stage confirmed = new Stage("confirmed", "intended send time -> every recipient's ack answered");

    List<Stage> all() {
        return List.of(submit, delivered, deliveredToAll, fetch, ack, confirmed);
    }
}
