package io.claimtracker.infra;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentInsertedIsFoundByItsField() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
             MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> speakers = client.getDatabase("test").getCollection("speakers");
            speakers.insertOne(new Document("_id", "s1").append("name", "Ada Lovelace"));

            Document found = speakers.find(eq("name", "Ada Lovelace")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("_id")).isEqualTo("s1");
        }
    }

    @Test
    void answersHelloAsRealMongoDbDoesSoStandardHealthChecksWork() {
        try (var mongo = EmbeddedMongo.inMemory(0); var client = MongoClients.create(mongo.uri())) {
            org.bson.Document hello = client.getDatabase("admin").runCommand(new org.bson.Document("hello", 1));

            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.get("maxWireVersion")).isNotNull();
        }
    }

    @Test
    void theH2BackendKeepsDocumentsAcrossARestart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(0, dataDir);
             MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("test").getCollection("claims").insertOne(new Document("_id", "c1").append("n", 1));
        }

        try (EmbeddedMongo restarted = EmbeddedMongo.start(0, dataDir);
             MongoClient client = MongoClients.create(restarted.uri())) {
            Document found = client.getDatabase("test").getCollection("claims").find(eq("_id", "c1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("n")).isEqualTo(1);
        }
    }
}
