# Builds one service of the reactor: docker build --build-arg SERVICE=supervision-service .
# Base images pinned to an exact release, like every image of docker-compose.yml.
FROM eclipse-temurin:17.0.15_6-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl ${SERVICE} -am package \
 && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /app.jar

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --uid 1001 app
USER app
COPY --from=build /app.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
