#!/usr/bin/env bash
# Starts the eConnector on Payara Micro: HTTPS only, on SERVER_PORT (default 8443), with the
# certificate of SAAS_KEYSTORE. Configuration comes from the environment (see docs/operations.md).
#
# The startup checks run first (econnector-preflight.jar): Payara Micro given a keystore it
# cannot open still reports "ready" while deploying nothing, so a wrong password must stop
# the start here, with one line naming the variable. The preflight also writes Payara's
# listener and data grid arguments (--nohazelcast unless ECONNECTOR_CLUSTER=true).
#
# Files, overridable by environment variables:
#   ECONNECTOR_WAR            the WAR            (default: ../target/econnector.war)
#   ECONNECTOR_PREFLIGHT_JAR  the preflight jar  (default: ../target/econnector-preflight.jar)
#   PAYARA_MICRO_JAR          Payara Micro       (default: ../target/payara-micro.jar)
#   PAYARA_MICRO_HOME         Payara Micro unpacked once, shared by every start and never written
#                             (default: ../target/payara-micro, made from PAYARA_MICRO_JAR when missing or older)
#   ECONNECTOR_RUNTIME_DIR    private working folder; its Payara folder is recreated at each start
#                             (default: a new temporary folder)
#   ECONNECTOR_CLASS_SHARING  "auto" (default): with a runtime folder kept across starts, the first start
#                             records the classes it loaded at its exit and later ones map them (class
#                             data sharing, a third faster boot); "off" never does either
#   JAVA_OPTS                 JVM options        (default: $default_java_opts below; JAVA_OPTS replaces them all)
#   MALLOC_ARENA_MAX          glibc malloc arenas (default: 2)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
target="$here/../target"
war=${ECONNECTOR_WAR:-$target/econnector.war}
preflight=${ECONNECTOR_PREFLIGHT_JAR:-$target/econnector-preflight.jar}
payara=${PAYARA_MICRO_JAR:-$target/payara-micro.jar}
payara_home=${PAYARA_MICRO_HOME:-$target/payara-micro}
runtime=${ECONNECTOR_RUNTIME_DIR:-$(mktemp -d -t econnector.XXXXXX)}
class_sharing=${ECONNECTOR_CLASS_SHARING:-auto}

for file in "$war" "$preflight" "$payara"; do
  [ -f "$file" ] || { echo "eConnector cannot start: $file not found (build with: mvn package)" >&2; exit 2; }
done

umask 077
rm -rf "$runtime/payara"
mkdir -p "$runtime"

java -jar "$preflight" --runtime-dir "$runtime"

mapfile -t payara_args < "$runtime/payara-micro.args"

# Payara Micro run from its jar unpacks its ~320 runtime jars at every start (a second of the
# boot) and loads them through its own class loader, which class data sharing cannot serve.
# Unpacked once (--outputlauncher), its launcher puts them on the class path. The launcher
# takes the folder it sits in as Payara's root folder (configuration, deployed WAR, logs),
# which must be private to this start: so each start gets its own root folder with copies of
# the small files and hard links to the shared runtime jars (copies across file systems).
payara_is_unpacked() { [ -f "$payara_home/launch-micro.jar" ] && [ ! "$payara" -nt "$payara_home/launch-micro.jar" ]; }
if ! payara_is_unpacked; then
  unpacking=$(mktemp -d "$payara_home.XXXXXX")
  java -jar "$payara" --rootdir "$unpacking" --outputlauncher >/dev/null
  if payara_is_unpacked; then
    rm -rf "$unpacking" # another start, at the same time, was quicker
  else
    replaced=$(mktemp -d "$payara_home.XXXXXX")
    if [ -d "$payara_home" ]; then mv -T "$payara_home" "$replaced/old"; fi
    mv -T "$unpacking" "$payara_home"
    rm -rf "$replaced"
  fi
fi
root="$runtime/payara"
mkdir -p "$root"
for entry in "$payara_home"/* "$payara_home"/.[!.]*; do
  name=$(basename "$entry")
  if [ "$name" = runtime ]; then
    # Hard links where the file system allows them (Payara does not accept a symbolic link here).
    cp -R --link "$entry" "$root/" 2>/dev/null || cp -R --preserve=timestamps "$entry" "$root/"
  elif [ -e "$entry" ]; then
    cp -R --preserve=timestamps "$entry" "$root/"
  fi
done

# Class data sharing: the classes a boot loads (~15 000 of Payara's and the WAR's libraries),
# parsed and verified once, then mapped from a file at each start: "ready in" 12-14 s instead of
# 16-19 s on two cores. The JVM itself checks that the archive fits: the same class path (this
# runtime folder's path, Payara's jars unchanged) or it boots without it, and each WAR class
# only when its bytes are those recorded. The archive is recorded again when the JVM, its
# options, Payara or the WAR's size change. It is written when the recording JVM exits (its
# boot is twice as slow, its stop a few seconds longer), so only a runtime folder kept across
# starts (ECONNECTOR_RUNTIME_DIR) gets one.
sharing_opts=""
if [ "$class_sharing" = auto ] && [ -n "${ECONNECTOR_RUNTIME_DIR:-}" ]; then
  archive="$runtime/classes.jsa"
  stamp="$(stat -c '%n %s' "$war") $(stat -c '%n %s %Y' "$payara" "$(readlink -f "$(command -v java)")") ${JAVA_OPTS:-}"
  if [ -f "$archive" ] && [ "$(cat "$runtime/classes.stamp" 2>/dev/null)" = "$stamp" ]; then
    sharing_opts="-XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive"
    printf '%s' "$stamp" > "$runtime/classes.stamp"
    sharing_opts="-XX:ArchiveClassesAtExit=$archive"
  fi
  # The JVM lists every class it cannot archive (hundreds of lines) when it writes the file.
  sharing_opts="$sharing_opts -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

# Sized to run in 1 GiB with margin (docs/operations.md, Sizing): a 320 MB heap for a live set
# of 70-95 MB under steady load (up to ~230 MB with 32 batches in flight), the parallel collector (on two cores it costs less CPU per document
# than G1 and needs no remembered sets), and bounds on metaspace and the JIT's code cache so that
# a leak shows as an error rather than as an ever-growing process. Every 10 s glibc is asked to
# give freed native memory back (malloc_trim): without it the resident size after a long load run
# stayed ~140 MB higher (965 against 825 MB, docs/performance.md).
default_java_opts="-Xmx320m -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:TrimNativeHeapInterval=10000"
# glibc gives each thread that allocates natively an arena of its own (up to 8 per core), which
# the JVM's TLS, zip and compiler threads fill and never give back: two are enough here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Upstream connections, whatever JAVA_OPTS says: the JDK's asynchronous HTTP client (AeS discovery,
# the probes) drops an idle connection after 20 s, before an upstream's own idle close (30 s for
# the JDK's server, often 60 s behind a load balancer) can race a request on it; HttpsURLConnection
# (the KMS, STS, iHUB and AeS-key calls, Metro's deposits) keeps up to 16 idle connections per
# upstream (the JDK's default of 5 is fewer than the signatures and deposits in flight, each extra
# one a new TLS handshake).
upstream_connections="-Djdk.httpclient.keepalive.timeout=20 -Dhttp.maxConnections=16"

# Our own requests and answers, whatever JAVA_OPTS says: Grizzly reads and writes through a
# direct buffer kept per worker thread, sized to the largest single read or write so far (up to
# the socket's receive buffer, or 1.5 times its send buffer: 128 KB and more on Linux). With
# dozens of workers that native memory (NMT's "Other") reached ~60 MB after a load run and
# stayed; at most 64 KiB per read or write it stays near 12 MB. Our largest answer, a signed
# PDF of ~57 KB, still goes out in one write (docs/performance.md, Boot and memory).
grizzly_buffers="-Dorg.glassfish.grizzly.nio.transport.TCPNIOTransport.max-send-buffer-size=65536 \
-Dorg.glassfish.grizzly.nio.transport.TCPNIOTransport.max-receive-buffer-size=65536"

# The JDK HTTP client hands every answer of sendAsync to CompletableFuture's default executor,
# which on one or two processors (a common pool of one) starts a new thread for each task: two
# upstream calls per signed document made 280 threads a second under load. With a common pool of
# at least two its threads are reused; on larger machines this is the JVM's own default (one
# less than the processors). An explicit setting in JAVA_OPTS comes later and wins.
processors=$(nproc 2>/dev/null || echo 2)
common_pool="-Djava.util.concurrent.ForkJoinPool.common.parallelism=$(( processors > 2 ? processors - 1 : 2 ))"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $common_pool ${JAVA_OPTS:-$default_java_opts} $upstream_connections $grizzly_buffers $sharing_opts \
  --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
  -jar "$root/launch-micro.jar" \
  --disablephonehome \
  --prebootcommandfile "$here/pre-boot-commands.asadmin" \
  --logproperties "$here/logging.properties" \
  "${payara_args[@]}" \
  --contextroot / \
  --deploy "$war"
