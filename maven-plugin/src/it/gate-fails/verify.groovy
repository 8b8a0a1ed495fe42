import dev.asynclint.maven.SarifCheck

def log = new File(basedir, 'build.log').text
def sarif = new File(basedir, 'target/asynclint.sarif')

// Run 1: skipped, nothing written.
assert log.contains('asynclint: skipped (asynclint.skip)')
assert !new File(basedir, 'target/skipped').exists()

// Run 2: the finding and its chain in the log, from onSuccess (typed through the vertx-core jar)
// to Thread.sleep, and the failure.
assert log.contains('[ERROR] src/main/java/demo/FileServer.java:11:')
assert log =~ /FileServer\.java:11:\d+: error BlockingCallOnEventLoop .*via onSuccess → FileServer\.apply → Thread\.sleep/
assert log.contains('runs on the event loop: Future.onSuccess callback')
assert log =~ /FileServer\.java:16:\d+  blocks: sleep \(Thread\.sleep\)/
assert log.contains('asynclint: 1 finding(s) at or above warning in gate-fails (max allowed 0); 1 file(s) analysed')
assert log.contains('MojoFailureException')
assert log =~ /asynclint: type resolution \d+\.\d% of \d+ candidate calls/

// The unparseable file is reported, and did not stop the analysis of the rest.
assert log =~ /\[WARNING\] src\/main\/java\/demo\/Broken\.java(:\d+:\d+)?: error \[parse-error\]/

// The SARIF log: valid, one result, the parse problem as a notification.
assert sarif.isFile()
assert SarifCheck.violations(sarif) == []
def results = SarifCheck.results(sarif)
assert results.size() == 1
assert results[0].startsWith('BlockingCallOnEventLoop src/main/java/demo/FileServer.java:11:')
assert SarifCheck.notifications(sarif).any { it.startsWith('src/main/java/demo/Broken.java: ') }
assert SarifCheck.automationId(sarif) == 'asynclint/'
return true
