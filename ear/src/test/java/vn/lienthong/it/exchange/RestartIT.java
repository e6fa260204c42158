package vn.lienthong.it.exchange;

import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.ServerControl;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document the hub accepted survives a restart of the server, whether or not it was delivered yet. */
class RestartIT {

    private final AgencyClient sender = Hub.as("000.00.00.G18");
    private final AgencyClient recipient = Hub.as("000.00.00.H20");

    @Test
    void documentsAcceptedBeforeARestartAreInTheInboxAfterIt() {
        List<Packages.Document> documents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Packages.Document document = Packages.document(sender.code(), recipient.code());
            documents.add(document);
            ids.add(sender.send(document.xml()));
        }

        ServerControl.restart();

        for (int i = 0; i < ids.size(); i++) {
            recipient.awaitInInbox(ids.get(i));
            assertThat(recipient.fetch(ids.get(i)).text()).isEqualTo(documents.get(i).xml());
        }
        assertThat(sender.sent(ids.get(0)).getJsonArray("recipients").getJsonObject(0).getString("state"))
                .isEqualTo("DELIVERED");
    }
}
