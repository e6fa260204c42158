package vn.lienthong.web.rest.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation may be refused (bad input, not signed in, not allowed, not found, limits, the hub
 * unavailable), always with the shared problem response (mp.openapi.filter): stated here once, so
 * that a resource documents only what is particular to it.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        for (String status : new String[]{"400", "401", "403", "404", "429", "503"}) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, ApiModel.problemResponse());
            }
        }
        if (!responses.hasAPIResponse(APIResponses.DEFAULT)) {
            responses.addAPIResponse(APIResponses.DEFAULT, ApiModel.problemResponse());
        }
        return operation;
    }
}
