package io.claimtracker.extract;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.contracts.store.StoredAppearance;
import io.claimtracker.contracts.store.StoredClaim;
import io.claimtracker.contracts.store.StoredSpeaker;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run of the pipeline decided, in a form two runs can be compared by: every claim with its speaker, text,
 * kind and appearances, and every speaker with its names and descriptions. Arrival times are left out.
 */
record StoreSnapshot(Map<String, String> claims, Map<String, String> speakers) {

    static StoreSnapshot of(MongoTemplate mongo) {
        Map<String, String> claims = new TreeMap<>();
        for (StoredClaim claim : mongo.find(new Query(), StoredClaim.class, Collections.CLAIMS)) {
            claims.put(claim.id(), claim.speakerId() + " | " + claim.speakerName() + " | " + claim.kind() + " | "
                    + claim.text() + " | " + new TreeSet<>(claim.appearances().stream()
                    .map(StoredAppearance::appearanceId).toList()) + " | responses " + claim.responses().size());
        }
        Map<String, String> speakers = new TreeMap<>();
        for (StoredSpeaker speaker : mongo.find(new Query(), StoredSpeaker.class, Collections.SPEAKERS)) {
            speakers.put(speaker.id(), speaker.name() + " | " + new TreeSet<>(nonNull(speaker.aliases())) + " | "
                    + new TreeSet<>(nonNull(speaker.descriptions())));
        }
        return new StoreSnapshot(claims, speakers);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
