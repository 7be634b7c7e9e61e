package io.claimtracker.infra;

/** Placeholder: starts Kafka and MongoDB for a local run. */
public final class LocalInfra {
    public static void main(String[] args) {
    }
}
