package org.cloudsdk.benchmarks.compute;

import java.util.Locale;

/**
 * The JSON of the synthetic Nova servers: a detailed server document as Nova 2.46 describes one to
 * an administrator (addresses on two networks, image and flavor with links, metadata, the
 * {@code OS-EXT-*} attributes, volumes, security groups), about 2 KiB each, built from a number so
 * that every page can be generated again on demand. The same bytes feed the listing stub, the
 * wait stub and the JSON reading measurement.
 */
public final class ServerJson {

    /** The project of every server (and of the stub's token). */
    public static final String PROJECT_ID = "6f70656e737461636b20636f6d707574";
    private static final String USER_ID = "9b1a4f0a2c8e4d6b8f3e5a7c9d1b3f5e";
    private static final String IMAGE_ID = "70a599e0-31e7-49b7-b260-868f441e862b";
    private static final String FLAVOR_ID = "42";

    private ServerJson() {
    }

    /**
     * The id of listed server {@code index}: a UUID whose last group is the index, so that a
     * marker tells the stub where the next page starts.
     *
     * @param index the server's position in the listing, from 0
     * @return its id
     */
    public static String listedId(long index) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", index);
    }

    /**
     * @param id an id
     * @return the index {@link #listedId(long)} made it from, or -1 when it is not such an id
     */
    public static long listedIndex(String id) {
        if (id.length() != 36 || !id.startsWith("00000000-0000-4000-8000-")) {
            return -1;
        }
        try {
            return Long.parseLong(id.substring(24));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The id of waited-for server {@code number} of run {@code run}: each run of the waits gets
     * fresh ids, so the stub's clock of a server starts again.
     *
     * @param run the run
     * @param number the server's number in the run, from 0
     * @return its id
     */
    public static String waitedId(int run, int number) {
        return String.format(Locale.ROOT, "%08d-5741-4000-8000-%012d", run, number);
    }

    /**
     * @param id an id
     * @return the server number {@link #waitedId(int, int)} made it from, or -1
     */
    public static int waitedNumber(String id) {
        if (id.length() != 36 || !id.startsWith("-5741-4000-8000-", 8)) {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(24));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Appends one server document.
     *
     * @param out where to append
     * @param baseUrl the stub's URL ({@code http://127.0.0.1:port}), for the links
     * @param id the server's id
     * @param number a number that varies the addresses, names and metadata
     * @param active ACTIVE when true, BUILD (spawning) when false
     * @return {@code out}
     */
    public static StringBuilder append(StringBuilder out, String baseUrl, String id, long number, boolean active) {
        int a = (int) (number >> 8 & 0xff);
        int b = (int) (number & 0xff);
        String mac = String.format(Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", number >> 16 & 0xff, a, b);
        out.append("{\"id\":\"").append(id).append("\",\"name\":\"server-").append(number)
                .append("\",\"status\":\"").append(active ? "ACTIVE" : "BUILD")
                .append("\",\"tenant_id\":\"").append(PROJECT_ID).append("\",\"user_id\":\"").append(USER_ID)
                .append("\",\"metadata\":{\"role\":\"web\",\"owner\":\"team-").append(number % 7)
                .append("\",\"deployment\":\"blue\",\"build\":\"").append(1000 + number % 97).append("\"},")
                .append("\"hostId\":\"e3c5e5a6f3b64d0c9a8e1f2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f").append(number % 10)
                .append("\",\"image\":{\"id\":\"").append(IMAGE_ID).append("\",\"links\":[{\"rel\":\"bookmark\",\"href\":\"")
                .append(baseUrl).append("/images/").append(IMAGE_ID).append("\"}]},")
                .append("\"flavor\":{\"id\":\"").append(FLAVOR_ID).append("\",\"links\":[{\"rel\":\"bookmark\",\"href\":\"")
                .append(baseUrl).append("/flavors/").append(FLAVOR_ID).append("\"}]},")
                .append("\"created\":\"2025-03-01T10:00:00Z\",\"updated\":\"2025-03-01T10:0")
                .append(active ? '2' : '0').append(":30Z\",")
                .append("\"addresses\":{\"private\":[")
                .append("{\"version\":4,\"addr\":\"10.0.").append(a).append('.').append(b)
                .append("\",\"OS-EXT-IPS:type\":\"fixed\",\"OS-EXT-IPS-MAC:mac_addr\":\"").append(mac).append("\"},")
                .append("{\"version\":6,\"addr\":\"fd00:10::").append(Long.toHexString(number))
                .append("\",\"OS-EXT-IPS:type\":\"fixed\",\"OS-EXT-IPS-MAC:mac_addr\":\"").append(mac).append("\"}],")
                .append("\"public\":[{\"version\":4,\"addr\":\"203.0.").append(a).append('.').append(b)
                .append("\",\"OS-EXT-IPS:type\":\"floating\",\"OS-EXT-IPS-MAC:mac_addr\":\"").append(mac).append("\"}]},")
                .append("\"accessIPv4\":\"\",\"accessIPv6\":\"\",")
                .append("\"links\":[{\"rel\":\"self\",\"href\":\"").append(baseUrl).append("/v2.1/servers/").append(id)
                .append("\"},{\"rel\":\"bookmark\",\"href\":\"").append(baseUrl).append("/servers/").append(id).append("\"}],")
                .append("\"key_name\":\"bench-key\",\"progress\":").append(active ? 100 : 0).append(',')
                .append("\"config_drive\":\"\",\"locked\":false,\"description\":null,\"tags\":[\"bench\"],")
                .append("\"OS-DCF:diskConfig\":\"MANUAL\",\"OS-EXT-AZ:availability_zone\":\"nova\",")
                .append("\"OS-EXT-SRV-ATTR:host\":\"compute-").append(number % 16)
                .append("\",\"OS-EXT-SRV-ATTR:hypervisor_hostname\":\"compute-").append(number % 16)
                .append(".example.org\",\"OS-EXT-SRV-ATTR:instance_name\":\"instance-")
                .append(String.format(Locale.ROOT, "%08x", number))
                .append("\",\"OS-EXT-SRV-ATTR:reservation_id\":\"r-").append(Long.toString(number, 36))
                .append("\",\"OS-EXT-SRV-ATTR:launch_index\":0,\"OS-EXT-SRV-ATTR:hostname\":\"server-").append(number)
                .append("\",\"OS-EXT-SRV-ATTR:root_device_name\":\"/dev/vda\",")
                .append("\"OS-EXT-STS:power_state\":").append(active ? 1 : 0)
                .append(",\"OS-EXT-STS:task_state\":").append(active ? "null" : "\"spawning\"")
                .append(",\"OS-EXT-STS:vm_state\":\"").append(active ? "active" : "building").append("\",")
                .append("\"OS-SRV-USG:launched_at\":").append(active ? "\"2025-03-01T10:02:30.000000\"" : "null")
                .append(",\"OS-SRV-USG:terminated_at\":null,")
                .append("\"os-extended-volumes:volumes_attached\":[{\"id\":\"")
                .append(String.format(Locale.ROOT, "0000aaaa-0000-4000-8000-%012d", number))
                .append("\",\"delete_on_termination\":false}],")
                .append("\"security_groups\":[{\"name\":\"default\"},{\"name\":\"web\"}]}");
        return out;
    }
}
