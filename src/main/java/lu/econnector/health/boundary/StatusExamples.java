package lu.econnector.health.boundary;

/** Examples shown in the OpenAPI document. */
final class StatusExamples {

    static final String UP = """
            {"status":"UP","version":"0.1.0","profile":"docker-integration","checkedAt":"2026-11-28T10:15:30Z",
             "upstreams":[
              {"name":"aes","title":"AeS identity provider","required":true,"status":"UP","latencyMillis":42,
               "lastCheck":"2026-11-28T10:15:30Z"},
              {"name":"kms","title":"KMS remote signature","required":true,"status":"UP","latencyMillis":55,
               "lastCheck":"2026-11-28T10:15:30Z"},
              {"name":"mysecu","title":"mySecu deposit","required":true,"status":"UP","latencyMillis":61,
               "lastCheck":"2026-11-28T10:15:30Z"},
              {"name":"ihub","title":"iHUB templates","required":false,"status":"UP","latencyMillis":38,
               "lastCheck":"2026-11-28T10:15:30Z"}]}""";

    private StatusExamples() {
    }
}
