# syntax=docker/dockerfile:1.7
# One of Causette's internal services (rooms-, messaging- or moderation-service) on Open Liberty, built from the
# sources inside the image (nothing from the host's target/). From the repository root (the build needs the
# sibling modules):
#   docker build -f service.Dockerfile --build-arg SERVICE=rooms-service --build-arg PORT=8081 \
#       -t <registry>/causette/rooms-service:<version> .
# (messaging-service: PORT=8082, moderation-service: PORT=8083; the gateway has its own gateway/Dockerfile.)
# Not built in this repository's CI (no Docker engine there); the tags below are exact versions: pin their digests
# too (`docker buildx imagetools inspect <image>`) where your policy asks for it.
ARG MAVEN_IMAGE=maven:3.9.9-eclipse-temurin-17
# kernel-slim: the Liberty kernel only; features.sh below installs exactly the features server.xml names
ARG LIBERTY_IMAGE=icr.io/appcafe/open-liberty:26.0.0.5-kernel-slim-java17-openj9-ubi-minimal

FROM ${MAVEN_IMAGE} AS build
ARG SERVICE
WORKDIR /src
COPY . .
# -Dskip=true: no Liberty runtime download for the local server (liberty-maven-plugin); the image brings its own
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" \
 && mvn -B -q -DskipTests -Dskip=true -pl "${SERVICE}" -am package \
 && mkdir /out \
 && cp "${SERVICE}/target/${SERVICE}.war" /out/service.war \
 && cp "${SERVICE}/src/main/liberty/config/server.xml" /out/ \
 && cp artemis-ra/target/artemis-ra.rar /out/

FROM ${LIBERTY_IMAGE}
ARG SERVICE
ARG PORT
LABEL org.opencontainers.image.title="causette-${SERVICE}" \
      org.opencontainers.image.source="https://example.invalid/causette"
# features first (the slowest layer, changes only with server.xml)
COPY --from=build --chown=1001:0 /out/server.xml /config/
RUN features.sh
# server.xml loads ${shared.resource.dir}/artemis-ra.rar
COPY --from=build --chown=1001:0 /out/artemis-ra.rar /opt/ol/wlp/usr/shared/resources/
COPY --from=build --chown=1001:0 /out/service.war /config/apps/${SERVICE}.war
# Not copied: jvm.options (its fixed -Xmx is for the local launcher; in a pod the heap follows the memory limit
# through JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=60) and server.env (the local build's generated passwords).
USER 1001
EXPOSE ${PORT}
# workarea and OpenJ9 shared class cache under /opt/ol/wlp/output, for a faster start (the pods copy it into their
# writable emptyDir first: k8s/base, init container seed-output)
RUN configure.sh
