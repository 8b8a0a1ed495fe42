import com.fasterxml.jackson.databind.ObjectMapper
import dev.asynclint.maven.SarifCheck

def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'asynclint-baseline.json')

// 1: the baseline holds the old finding.
assert log.contains('asynclint: wrote baseline ' + baseline.path + ' accepting 1 finding(s)')
def entries = new ObjectMapper().readTree(baseline).path('findings')
assert entries.size() == 1
assert entries[0].path('path').asText() == 'src/main/java/demo/LegacyServer.java'

// 2: accepted, so the gate passes.
assert log.contains('asynclint: baseline ' + baseline.path + ' accepts 1 finding(s)')
assert log.contains('asynclint: 0 finding(s) at or above warning in baseline (max allowed 0); 1 file(s) analysed')

// 3: only the new finding fails the build; the old one stays accepted.
assert log =~ /\[ERROR\] src\/test\/java\/demo\/NewServer\.java:17:\d+: error BlockingCallOnEventLoop/
assert !(log =~ /\[ERROR\] src\/main\/java\/demo\/LegacyServer\.java/)
assert log.contains('asynclint: 1 finding(s) at or above warning in baseline (max allowed 0); 2 file(s) analysed')
def results = SarifCheck.results(new File(basedir, 'target/asynclint.sarif'))
assert results.size() == 1 && results[0].contains('src/test/java/demo/NewServer.java:17:')
return true
