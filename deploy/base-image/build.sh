#!/usr/bin/env bash
# The services' base image, assembled without a container registry: glibc and the C++ runtime from Debian's
# packages (apt-get download), a JRE cut from the local JDK 25 with jlink, user 65532. Writes
# target/rentcar-jre-base.tar (docker-save layout), a base Jib can build on:
#   ./mvnw -B -DskipTests package jib:buildTar -pl services/gateway -am \
#     -Drentcar.image.base=tar://$PWD/deploy/base-image/target/rentcar-jre-base.tar
# For machines that reach Maven Central and Debian but no registry; elsewhere the root pom's eclipse-temurin base is used.
set -euo pipefail
cd "$(dirname "$0")"
jdk=${JAVA_HOME:?set JAVA_HOME to a JDK 25}
out=$PWD/target
rm -rf "$out" && mkdir -p "$out/root" "$out/debs"
(cd "$out/debs" && apt-get download libc6 libgcc-s1 libstdc++6 >/dev/null)
for deb in "$out"/debs/*.deb; do dpkg-deb -x "$deb" "$out/root"; done
rm -rf "$out/root/usr/share/doc" "$out/root/usr/share/lintian" "$out/root/usr/share/locale"
# what Spring Boot, Tomcat/Netty, JDBC, Kafka and the JDK HTTP client use; jdk.unsupported for Netty and RocksDB
"$jdk/bin/jlink" --output "$out/root/opt/java" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs
mkdir -p "$out/root/etc" "$out/root/tmp" "$out/root/home/nonroot"
chmod 1777 "$out/root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$out/root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$out/root/etc/group"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$out/root" -cf "$out/layer.tar" .
layer=$(sha256sum "$out/layer.tar" | cut -d' ' -f1)
cat >"$out/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"User":"65532:65532","WorkingDir":"/home/nonroot","Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$layer"]}}
JSON
printf '[{"Config":"config.json","RepoTags":["rentcar/jre-base:25"],"Layers":["layer.tar"]}]\n' >"$out/manifest.json"
tar -C "$out" -cf "$out/rentcar-jre-base.tar" manifest.json config.json layer.tar
"$out/root/opt/java/bin/java" -version 2>&1 | head -n 1
echo "wrote $out/rentcar-jre-base.tar ($(du -h "$out/rentcar-jre-base.tar" | cut -f1))"
