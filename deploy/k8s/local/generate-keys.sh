#!/usr/bin/env bash
# Writes the token signing key pair the local overlay's Secret rentcar-jwt is made of (keys/ is git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/private.pem
openssl pkey -in keys/private.pem -pubout -out keys/public.pem
echo "wrote $(pwd)/keys/private.pem and public.pem"
