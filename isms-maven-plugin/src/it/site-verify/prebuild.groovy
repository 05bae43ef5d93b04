// Real keys, made as an organisation would with the JDK's keytool: a signing CA, and a signing key
// whose certificate the CA issued, in a PKCS#12 keystore. The CA certificate is the trust anchor.
def keys = new File(basedir, 'keys')
keys.mkdirs()
def keytool = new File(System.getProperty('java.home'), 'bin/keytool').path
def pass = 'It-Keystore-Pass-4711'
def run = { List<String> args, String input = null ->
    def process = ([keytool] + args).execute(null, keys)
    if (input != null) {
        process.outputStream.withStream { it << input }
    }
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out)
    assert process.exitValue() == 0: "keytool ${args[0]} failed: ${out}"
    return out.toString()
}
def common = ['-storetype', 'PKCS12', '-storepass', pass, '-keypass', pass, '-keyalg', 'RSA', '-keysize', '2048']
run(['-genkeypair', '-alias', 'ca', '-keystore', 'ca.p12', '-dname', 'CN=Verify Corp Signing CA, O=Verify Corp',
     '-ext', 'bc:c', '-validity', '30'] + common)
run(['-genkeypair', '-alias', 'isms', '-keystore', 'signing.p12', '-dname', 'CN=Verify Corp ISMS, O=Verify Corp',
     '-validity', '30'] + common)
run(['-exportcert', '-rfc', '-alias', 'ca', '-keystore', 'ca.p12', '-storepass', pass, '-file', 'ca.pem'])
def request = run(['-certreq', '-alias', 'isms', '-keystore', 'signing.p12', '-storepass', pass])
def issued = run(['-gencert', '-rfc', '-alias', 'ca', '-keystore', 'ca.p12', '-storepass', pass, '-validity', '30',
                  '-ext', 'ku:c=digitalSignature,nonRepudiation'], request)
new File(keys, 'issued.pem').text = new File(keys, 'ca.pem').text + issued
run(['-importcert', '-noprompt', '-alias', 'isms', '-keystore', 'signing.p12', '-storepass', pass, '-file', 'issued.pem'])
return true
