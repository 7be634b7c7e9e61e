package io.claimtracker.query;

import io.claimtracker.contracts.store.Collections;
import io.claimtracker.infra.test.Infra;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class StoreIndexesTest extends ApiTest {

    @Autowired
    StoreIndexes indexes;

    @Test
    void theQueriesIndexesExistAfterStartUp() {
        assertThat(indexKeys(Collections.CLAIMS)).containsAllEntriesOf(Map.of(
                "speaker_firstSeen", "speakerId:ASC,firstSeen:DESC,_id:DESC",
                "firstSeen", "firstSeen:DESC,_id:DESC",
                "outlets", "outlets:ASC",
                "tokens", "tokens:ASC",
                "articleIds", "articleIds:ASC",
                "responses_articleId", "responses.articleId:ASC"));
        assertThat(indexKeys(Collections.ARTICLES)).containsEntry("bodyKeys", "bodyKeys:ASC");
        assertThat(indexKeys(Collections.SPEAKERS)).containsAllEntriesOf(Map.of(
                "tokens", "tokens:ASC",
                "name", "name:ASC,_id:ASC"));
    }

    @Test
    void creatingThemAgainChangesNothing() {
        Map<String, String> before = indexKeys(Collections.CLAIMS);

        List<String> created = indexes.createAll().collectList().block(Duration.ofSeconds(10));

        assertThat(created).hasSize(StoreIndexes.INDEXES.size());
        assertThat(indexKeys(Collections.CLAIMS)).isEqualTo(before);
    }

    /**
     * The embedded stand-in lists secondary indexes but neither uses them nor knows {@code explain}: this check
     * runs against a real MongoDB only (-Dinfra.mode=testcontainers, or wherever Docker runs).
     */
    @Test
    void onARealMongoDbTheClaimListBySpeakerIsAnIndexScanWithoutABlockingSort() {
        assumeThat(Infra.shared().mode()).isEqualTo(Infra.Mode.TESTCONTAINERS);
        seed(Fixtures.seedLike());

        Document explained = mongo.executeCommand(new Document("explain", new Document("find", Collections.CLAIMS)
                        // as ?speaker=Moore asks: the value itself (as an id) and the ids of the speakers it names
                        .append("filter", new Document("speakerId", new Document("$in", List.of("Moore", "sp-moore"))))
                        .append("sort", new Document("firstSeen", -1).append("_id", -1))
                        .append("limit", 21))
                        .append("verbosity", "queryPlanner"))
                .block(Duration.ofSeconds(10));

        String plan = explained.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
        assertThat(plan).contains("IXSCAN").contains("speaker_firstSeen").doesNotContain("\"SORT\"");
    }

    private Map<String, String> indexKeys(String collection) {
        return mongo.indexOps(collection).getIndexInfo().collectList().block(Duration.ofSeconds(10)).stream()
                .collect(Collectors.toMap(IndexInfo::getName, StoreIndexesTest::keys));
    }

    private static String keys(IndexInfo index) {
        return index.getIndexFields().stream()
                .map((IndexField field) -> field.getKey() + ":" + field.getDirection())
                .collect(Collectors.joining(","));
    }
}
