package vn.lienthong.procedure.catalogue;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.text.Texts;
import vn.lienthong.procedure.calendar.PauseEffect;
import vn.lienthong.procedure.calendar.ProcessingTime;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator states about a procedure: valid as a whole once constructed (agencies
 * named, at least one step, no duplicated agency). Whether the agencies exist is the catalogue's
 * check, against the directory.
 */
public record ProcedureDefinition(String code, String name, String fieldCode, String fieldName,
                                  List<AgencyCode> handlingAgencies, List<RequiredPaper> papers, List<Fee> fees,
                                  ProcessingTime processingTime, boolean pauseAllowed, PauseEffect pauseEffect,
                                  boolean extensionAllowed, List<ProcedureStep> steps) {

    public ProcedureDefinition {
        if (code == null || ProcedureCode.tryParse(code.strip()).isEmpty()) {
            throw new InvalidRequestException("code", "code is required: letters, digits, dots, up to 40 characters",
                    "Cần mã thủ tục: chữ, số, dấu chấm, tối đa 40 ký tự");
        }
        code = code.strip();
        name = Texts.required(name, "name", 1000);
        fieldCode = Texts.required(fieldCode, "fieldCode", 40);
        fieldName = Texts.required(fieldName, "fieldName", 400);
        if (handlingAgencies == null || handlingAgencies.isEmpty()) {
            throw new InvalidRequestException("handlingAgencies", "At least one handling agency is required",
                    "Cần ít nhất một cơ quan giải quyết");
        }
        if (new HashSet<>(handlingAgencies).size() != handlingAgencies.size()) {
            throw new InvalidRequestException("handlingAgencies", "An agency is listed twice", "Một cơ quan bị liệt kê hai lần");
        }
        if (processingTime == null) {
            throw new InvalidRequestException("processingTime", "processingTime (amount and unit) is required",
                    "Cần thời hạn giải quyết (số lượng và đơn vị)");
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidRequestException("steps", "At least one processing step is required",
                    "Cần ít nhất một bước xử lý");
        }
        handlingAgencies = List.copyOf(handlingAgencies);
        papers = papers == null ? List.of() : List.copyOf(papers);
        fees = fees == null ? List.of() : List.copyOf(fees);
        steps = List.copyOf(steps);
        pauseEffect = Objects.requireNonNullElse(pauseEffect, PauseEffect.EXTEND);
    }
}
