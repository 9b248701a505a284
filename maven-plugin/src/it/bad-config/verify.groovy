def log = new File(basedir, 'build.log').text
def docs = new File(basedir, 'no-such-docs').canonicalPath
assert log.contains("docs folder ${docs} does not exist (set <docs> or -Ddocsdk.docs)")
assert log.contains('no service name configured (e.g. bmc) (set <service> or -Ddocsdk.service)')
assert log.contains("package name 'com.example.2fast' is not a valid Java package name")
return true
