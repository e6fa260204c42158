#!/usr/bin/env bash
# The certificate authority of the mutual-TLS integration tests, made with the JDK's keytool
# before the servers start (they trust it through the tls.truststore variable):
#   ca.p12            the test CA's key (issues the client certificates)
#   truststore.p12    the CA certificate alone: the servers' tls.truststore
#   registered.p12    a client key + certificate the test registers to an agency
#   unregistered.p12  a client key + certificate issued by the same CA but never registered
#   server.p12        the HTTPS key of the production-configuration servers (CN=localhost, issued by
#                     the CA, so the suite trusts them through truststore.p12 as a client would)
#   *.pem             the certificates, for registration
# Every store's password is "lienthong-it-only". Run: make-test-pki.sh <dir>
set -euo pipefail
dir=$1
pw=lienthong-it-only
kt() { keytool "$@" -storetype PKCS12 -storepass "$pw" -keypass "$pw" 2> /dev/null; }
[ -f "$dir/server.p12" ] && exit 0
# an older, incomplete set is made again whole: every store must come from the same CA
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
kt -genkeypair -alias ca -keystore ca.p12 -keyalg EC -groupname secp256r1 -validity 30 \
   -dname "CN=LienThong Test Agency CA, O=LienThong IT, C=VN" -ext bc:c
kt -exportcert -alias ca -keystore ca.p12 -rfc -file ca.pem
kt -importcert -noprompt -alias ca -file ca.pem -keystore truststore.p12
for client in registered unregistered; do
  kt -genkeypair -alias client -keystore "$client.p12" -keyalg EC -groupname secp256r1 -validity 30 \
     -dname "CN=$client agency software, O=LienThong IT, C=VN"
  kt -certreq -alias client -keystore "$client.p12" -file "$client.csr"
  kt -gencert -alias ca -keystore ca.p12 -infile "$client.csr" -outfile "$client.pem" -rfc -validity 30 \
     -ext ku:c=digitalSignature -ext eku=clientAuth
  kt -importcert -noprompt -alias ca -file ca.pem -keystore "$client.p12"
  kt -importcert -noprompt -alias client -file "$client.pem" -keystore "$client.p12"
done
kt -genkeypair -alias server -keystore server.p12 -keyalg EC -groupname secp256r1 -validity 30 \
   -dname "CN=localhost, O=LienThong IT, C=VN"
kt -certreq -alias server -keystore server.p12 -file server.csr
kt -gencert -alias ca -keystore ca.p12 -infile server.csr -outfile server.pem -rfc -validity 30 \
   -ext ku:c=digitalSignature -ext eku=serverAuth -ext san=dns:localhost,ip:127.0.0.1,ip:::1
kt -importcert -noprompt -alias ca -file ca.pem -keystore server.p12
kt -importcert -noprompt -alias server -file server.pem -keystore server.p12
echo "Test PKI for mutual TLS in $dir"
