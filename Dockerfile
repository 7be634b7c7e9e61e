# One image recipe for the three services: docker build --build-arg MODULE=query-service -t claim-tracker/query .
# docker-compose.yml builds each service with its MODULE.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY local-infra local-infra
COPY ingest-service ingest-service
COPY extract-service extract-service
COPY query-service query-service
COPY e2e e2e
RUN ./mvnw -B -q -pl ${MODULE} -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG MODULE
# curl for the compose healthcheck
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${MODULE}/target/${MODULE}.jar /app/service.jar
USER 65534
ENV JAVA_OPTS="-Xmx256m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/service.jar \"$@\"", "--"]
