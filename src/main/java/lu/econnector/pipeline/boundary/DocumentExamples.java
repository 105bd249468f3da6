package lu.econnector.pipeline.boundary;

/** The request bodies the contract shows for the documents' operations: valid, so that trying them works. */
final class DocumentExamples {

    static final String MH = """
            {"practice":{"street":"1, rue de la Gare","postalCode":"L-1611","city":"Luxembourg"},
             "patient":{"matricule":"1985061512347","lastName":"Schmit","firstName":"Jean"},
             "invoiceNumber":"2026-000123","issueDate":"2026-11-27",
             "acts":[{"date":"2026-11-27","code":"C1","label":"Consultation","quantity":1,"amount":"52.50"}],
             "totalAmount":"52.50","paid":true}""";

    static final String BATCH = """
            {"items":[
             {"idempotencyKey":"fee-note-2026-000123",
              "data":{"practice":{"street":"1, rue de la Gare","postalCode":"L-1611","city":"Luxembourg"},
               "patient":{"matricule":"1985061512347","lastName":"Schmit","firstName":"Jean"},
               "invoiceNumber":"2026-000123","issueDate":"2026-11-27",
               "acts":[{"date":"2026-11-27","code":"C1","label":"Consultation","quantity":1,"amount":"52.50"}],
               "totalAmount":"52.50","paid":true}},
             {"idempotencyKey":"fee-note-2026-000124",
              "data":{"practice":{"street":"1, rue de la Gare","postalCode":"L-1611","city":"Luxembourg"},
               "patient":{"matricule":"1985061512347","lastName":"Schmit","firstName":"Jean"},
               "invoiceNumber":"2026-000124","issueDate":"2026-11-27",
               "acts":[{"date":"2026-11-27","code":"C1","label":"Consultation","quantity":1,"amount":"52.50"}],
               "totalAmount":"52.50","paid":false}}]}""";

    private DocumentExamples() {
    }
}
