import dev.asynclint.maven.SarifCheck
import com.fasterxml.jackson.databind.ObjectMapper

def log = new File(basedir, 'build.log').text
def sarif = new File(basedir, 'target/asynclint.sarif')
def json = new File(basedir, 'target/asynclint-report.json')

assert log.contains('asynclint: 0 finding(s) at or above warning in clean-passes (max allowed 0); 1 file(s) analysed')
assert !log.contains('[ERROR]')

// Clean: an empty results array, the schema still satisfied.
assert SarifCheck.violations(sarif) == []
assert SarifCheck.results(sarif) == []
assert SarifCheck.run(sarif).path('results').isArray()

// The JSON report counts the suppressed finding apart.
def summary = new ObjectMapper().readTree(json).path('summary')
assert summary.path('findings').asInt() == 0
assert summary.path('suppressed').asInt() == 1

// help: every parameter with its user property.
['failOnSeverity', 'asynclint.failOnSeverity', 'maxAllowedViolations', 'asynclint.skip',
 'baselineFile', 'includeTests', 'printFailingErrors', 'outputDirectory'].each {
  assert log.contains(it) : "help lacks ${it}"
}
return true
