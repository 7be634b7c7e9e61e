package io.claimtracker.extract;

import io.claimtracker.contracts.AppearancesAttributed;
import io.claimtracker.contracts.ClaimChanged;
import io.claimtracker.contracts.FieldError;
import io.claimtracker.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;


/**
 * Stage two, keyed by speaker: consumes {@link Topics#CLAIM_APPEARANCES}, clusters the statements into the
 * speaker's claims ({@link ClaimClustering}) and announces the claims that changed on
 * {@link Topics#CLAIMS_CHANGES}.
 */
@Component
class ClaimListener {

    private final ClaimClustering clustering;
    private final EventPublisher events;
    private final JsonMapper json;
    private final String claimsChanges;
    private final String claimAppearances;

    ClaimListener(ClaimClustering clustering, EventPublisher events, JsonMapper json, ExtractProperties properties) {
        this.clustering = clustering;
        this.events = events;
        this.json = json;
        this.claimsChanges = properties.topics().claimsChanges();
        this.claimAppearances = properties.topics().claimAppearances();
    }

    @KafkaListener(id = "claims",
            topics = "${claimtracker.extract.topics.claim-appearances:" + Topics.CLAIM_APPEARANCES + "}")
    void onAppearances(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        AppearancesAttributed attributed;
        try {
            attributed = json.readValue(record.value(), AppearancesAttributed.class);
        } catch (JacksonException e) {
            throw new InvalidArticleException(List.of(new FieldError("", "not appearances' JSON: "
                    + e.getOriginalMessage())));
        }
        ClaimClustering.Outcome outcome = clustering.apply(attributed);
        events.publish(claimAppearances, outcome.forwards(), AppearancesAttributed::speakerKey);
        events.publish(claimsChanges, outcome.changes(), ClaimChanged::claimId);
    }
}
