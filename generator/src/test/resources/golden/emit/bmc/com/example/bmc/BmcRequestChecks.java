package com.example.bmc;

import com.example.bmc.model.ChargePrepaid;
import com.example.bmc.model.CreateInstancesRequest;
import com.example.bmc.model.DiskSpec;
import io.github.docsdk.runtime.Generated;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks required request members before anything is sent.
 */
@Generated("io.github.docsdk")
final class BmcRequestChecks {
    private BmcRequestChecks() {
    }

    static void createInstances(CreateInstancesRequest request) {
        List<String> missing = new ArrayList<>();
        if (request.zoneId() == null) {
            missing.add("zoneId");
        }
        if (request.instanceTypeId() == null) {
            missing.add("instanceTypeId");
        }
        if (request.imageTypeAsString() == null) {
            missing.add("imageType");
        }
        if (!request.hasSshKeys()) {
            missing.add("sshKeys");
        }
        if (request.instanceChargePrepaid() != null) {
            check(request.instanceChargePrepaid(), "instanceChargePrepaid.", missing);
        }
        for (int i = 0; i < request.disks().size(); i++) {
            if (request.disks().get(i) != null) {
                check(request.disks().get(i), "disks" + "[" + i + "].", missing);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("CreateInstances: missing required member(s): " + String.join(", ", missing));
        }
    }

    private static void check(ChargePrepaid value, String path, List<String> missing) {
        if (value.period() == null) {
            missing.add(path + "period");
        }
    }

    private static void check(DiskSpec value, String path, List<String> missing) {
        if (value.diskSize() == null) {
            missing.add(path + "diskSize");
        }
    }
}
