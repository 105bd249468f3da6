# Sourced by ./test and ./sandbox: installs, from Debian's packages, what the build and the
# tests need when it is missing. Needs root (or sudo) only when something is missing.

# need_command COMMAND PACKAGE: queue PACKAGE when COMMAND is not on the PATH.
missing_packages=()
need_command() {
  command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2")
}

need_java_and_maven() {
  if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -q '"17\.'; then
    missing_packages+=(openjdk-17-jdk-headless)
  fi
  need_command mvn maven
  need_command curl curl
}

install_missing_packages() {
  [ ${#missing_packages[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing from Debian's packages: ${missing_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
  missing_packages=()
}
