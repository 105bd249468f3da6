// A vendor's program on the TypeScript client generated from docs/openapi.yaml: the professional,
// a submission and the validation of a signed PDF, printed as one JSON line that GeneratedClientsIT
// checks. The build generates the client into target/generated-clients/typescript, and the test
// copies this folder beside it, hence the import path. Node 20's fetch trusts the eConnector's
// certificate through NODE_EXTRA_CA_CERTS.
import {
    Configuration,
    DocumentsApi,
    MhData,
    PidData,
    PidDataToJSON,
    ProfessionalApi,
    ResponseError,
    SignaturesApi,
} from "../typescript";

const config = new Configuration({
    basePath: required("ECONNECTOR_URL"),
    accessToken: required("ECONNECTOR_TOKEN"),
});

const feeNote: MhData = {
    practice: { street: "1, rue de la Gare", postalCode: "L-1611", city: "Luxembourg" },
    patient: { matricule: "1985061512347", lastName: "Schmit", firstName: "Jean" },
    invoiceNumber: "2026-000123",
    issueDate: new Date("2026-11-27"),
    acts: [{ date: new Date("2026-11-27"), code: "C1", label: "Consultation", quantity: 1, amount: "52.50" }],
    totalAmount: "52.50",
    paid: true,
};

const directPayment: PidData = {
    patient: { matricule: "1985061512347", lastName: "Schmit", firstName: "Jean" },
    invoiceNumber: "2026-000124",
    issueDate: new Date("2026-11-27"),
    acts: [{
        date: new Date("2026-11-27"), code: "C1", label: "Consultation", quantity: 1, amount: "52.50",
        insurerShare: "46.20", patientShare: "6.30",
    }],
    totalAmount: "52.50",
    totalInsurerShare: "46.20",
    totalPatientShare: "6.30",
    paid: false,
};

async function main(): Promise<void> {
    const me = await new ProfessionalApi(config).me();

    const documents = new DocumentsApi(config);
    const receipt = await documents.submit({
        templateId: "mh",
        templateData: feeNote,
        idempotencyKey: required("IDEMPOTENCY_KEY"),
    });

    const signed = await documents.signed({ templateId: "mh", templateData: feeNote });

    // The generated TemplateDataToJSON writes any data that has MhData's members as MhData,
    // dropping a PidData's shares: the body is given as PidDataToJSON writes it (the runtime
    // JSON-encodes it, whence the cast).
    const pidBody = PidDataToJSON(directPayment) as unknown as BodyInit;
    const preview = await documents.preview({ templateId: "pid", templateData: directPayment },
        async () => ({ body: pidBody }));
    const report = await new SignaturesApi(config).validate({ body: signed });

    console.log(JSON.stringify({
        me: {
            psCode: me.psCode,
            username: me.username,
            certificateNotAfterIsDate: me.certificate?.notAfter instanceof Date,
        },
        receipt: {
            messageId: receipt.messageId,
            replayed: receipt.replayed,
            receivedAtIsDate: receipt.receivedAt instanceof Date,
            templateId: receipt.templateId,
            sha256: receipt.sha256,
            documentBytes: Buffer.from(receipt.document ?? "", "base64").length,
        },
        pidPreviewBytes: preview.size,
        validation: {
            signedPdfBytes: signed.size,
            valid: report.valid,
            levels: report.signatures?.map(signature => signature.level),
            signingTimeIsDate: report.signatures?.[0]?.signingTime instanceof Date,
        },
    }));
}

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

main().catch(async (error: unknown) => {
    // A problem answer: its status and body say more than the stack.
    if (error instanceof ResponseError) {
        console.error(error.response.status, await error.response.text());
    } else {
        console.error(error);
    }
    process.exit(1);
});
