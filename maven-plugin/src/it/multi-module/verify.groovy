import dev.asynclint.maven.SarifCheck

def log = new File(basedir, 'build.log').text
def apiSarif = new File(basedir, 'api/target/asynclint.sarif')
def webSarif = new File(basedir, 'web/target/asynclint.sarif')

// One log per module, none for the aggregator, each valid and in its own category.
assert !new File(basedir, 'target/asynclint.sarif').exists()
assert log.contains('asynclint: no sources to analyse in multi-module')
[apiSarif, webSarif].each { assert SarifCheck.violations(it) == [] }
assert SarifCheck.automationId(apiSarif) == 'asynclint/api/'
assert SarifCheck.automationId(webSarif) == 'asynclint/web/'

// Paths from the reactor root, so code scanning finds the files; the root asynclint.json
// excluded the generated folder of api.
def api = SarifCheck.results(apiSarif)
assert api.size() == 1 && api[0].startsWith('BlockingCallOnEventLoop api/src/main/java/demo/api/Ticker.java:8:')
def web = SarifCheck.results(webSarif)
assert web.size() == 1 && web[0].startsWith('BlockingCallOnEventLoop web/src/main/java/demo/web/Lookup.java:18:')
assert !log.contains('GeneratedTicker.java')

// Reported in the log with the same paths, as warnings since the build does not fail.
assert log =~ /\[WARNING\] api\/src\/main\/java\/demo\/api\/Ticker\.java:8:\d+: error BlockingCallOnEventLoop/
assert log =~ /\[WARNING\] web\/src\/main\/java\/demo\/web\/Lookup\.java:18:\d+: error BlockingCallOnEventLoop/
// In verify, api is packaged before web's check runs, so web resolves api's types from its jar.
assert !log.contains('class folder(s) on the classpath')
return true
