# One image per side from its executable jar (build it first: ./mvnw -B package -DskipTests).
#   docker build -f infra/deploy/app.Dockerfile --build-arg JAR=query-side/target/waymark-query-side-0.1.0-SNAPSHOT-exec.jar .
FROM eclipse-temurin:17-jre
ARG JAR
RUN useradd --system --uid 10001 waymark
COPY ${JAR} /app/app.jar
USER 10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
