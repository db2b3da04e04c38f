package io.potok.demo.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.potok.demo.DemoWorkspace;
import io.potok.identity.Organizations;
import io.potok.identity.Organizations.NewMember;

/**
 * Creates the demo organisation's departments, members and roles. Names come from fixed lists picked by a
 * seeded random, so every installation gets the same people.
 */
final class DemoTeam {

    private static final List<String> FIRST_NAMES = List.of("Анна", "Иван", "Мария", "Дмитрий", "Елена", "Сергей",
            "Ольга", "Алексей", "Наталья", "Михаил", "Татьяна", "Андрей", "Юлия", "Павел", "Ирина", "Николай",
            "Светлана", "Артём", "Екатерина", "Кирилл", "Виктория", "Максим", "Дарья", "Роман");
    private static final List<String> LAST_NAMES = List.of("Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Зайцев");

    private final Organizations organizations;
    private final long orgId;
    private final Random random;
    private final String emailDomain;
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, Long> memberIds = new LinkedHashMap<>();
    private final Map<String, Long> roleIds = new LinkedHashMap<>();

    DemoTeam(Organizations organizations, long orgId, Random random, String emailDomain) {
        this.organizations = organizations;
        this.orgId = orgId;
        this.random = random;
        this.emailDomain = emailDomain;
    }

    static long createOrganization(Organizations organizations, boolean demo) {
        return organizations.create(DemoWorkspace.ORGANIZATION, ZoneId.of(DemoWorkspace.TIME_ZONE), demo);
    }

    /** Creates the org chart, members and roles; returns the member ids by the part of the email before {@code @}. */
    Map<String, Long> create() {
        long top = department(null, DemoWorkspace.ORGANIZATION, "director", "Генеральный директор");
        createSales(top);
        createWarehouses(top);
        createLogistics(top);
        createIt(top);
        createAccounting(top);
        return memberIds;
    }

    Map<String, Long> roleIds() {
        return roleIds;
    }

    private void createSales(long top) {
        long sales = department(top, "Отдел продаж", "sales", "Руководитель отдела продаж");
        role(DemoWorkspace.ROLE_MARKETPLACE_MANAGERS, members(sales, "marketplace", 3, "Менеджер по маркетплейсам"));
        role(DemoWorkspace.ROLE_DISTRIBUTOR_MANAGERS, members(sales, "distributor", 3, "Менеджер по дистрибьюторам"));
        role(DemoWorkspace.ROLE_RETAIL_MANAGERS, members(sales, "retail", 3, "Менеджер по рознице"));
    }

    private void createWarehouses(long top) {
        long warehouses = department(top, "Склады", "warehouse", "Руководитель складской службы");
        List<String> prefixes = List.of("moscow", "spb", "ekb", "nsk");
        for (int i = 0; i < prefixes.size(); i++) {
            String roleName = DemoWorkspace.WAREHOUSE_ROLES.get(i);
            long warehouse = department(warehouses, roleName, prefixes.get(i) + "1", "Заведующий складом");
            List<Long> staff = new ArrayList<>(List.of(memberIds.get(prefixes.get(i) + "1")));
            staff.add(member(prefixes.get(i) + "2", warehouse, "Кладовщик"));
            role(roleName, staff);
        }
    }

    private void createLogistics(long top) {
        long logistics = department(top, "Логистика", "logistics1", "Диспетчер логистики");
        List<Long> dispatchers = new ArrayList<>(List.of(memberIds.get("logistics1")));
        dispatchers.add(member("logistics2", logistics, "Диспетчер логистики"));
        role(DemoWorkspace.ROLE_LOGISTICS, dispatchers);
        role(DemoWorkspace.ROLE_COURIERS, members(logistics, "courier", 2, "Диспетчер курьерской службы"));
    }

    private void createIt(long top) {
        long it = department(top, "ИТ", "it1", "Руководитель ИТ");
        List<Long> team = new ArrayList<>(List.of(memberIds.get("it1")));
        team.addAll(members(it, "it", 2, 3, "Инженер ИТ"));
        role(DemoWorkspace.ROLE_IT, team);
        role(DemoWorkspace.ROLE_IT_CRM, List.of(memberIds.get("it2")));
        role(DemoWorkspace.ROLE_IT_ACCOUNTING, List.of(memberIds.get("it3")));
        role(DemoWorkspace.ROLE_IT_MARKETPLACES, List.of(memberIds.get("it2"), memberIds.get("it3")));
        role(DemoWorkspace.ROLE_IT_HARDWARE, List.of(memberIds.get("it1")));
        admin(it);
    }

    /**
     * Adds the accounting department with its accountant. The accountant's name is fixed rather than drawn,
     * so the random names and catalogs drawn after the team stay as they were before accounting existed.
     */
    private void createAccounting(long top) {
        long accounting = organizations.createDepartment(orgId, top, "Бухгалтерия");
        String localPart = DemoWorkspace.ACCOUNTANT_LOCAL_PART;
        String email = localPart + "@" + emailDomain;
        long accountant = organizations.createMember(orgId, new NewMember(email, "Вера", "Громова",
                "Главный бухгалтер", accounting, false, DemoWorkspace.PASSWORD, DemoWorkspace.securityKey(email)));
        organizations.assignHead(orgId, accounting, accountant);
        memberIds.put(localPart, accountant);
        role(DemoWorkspace.ROLE_ACCOUNTING, List.of(accountant));
    }

    private long department(Long parent, String name, String headLocalPart, String headPosition) {
        long departmentId = organizations.createDepartment(orgId, parent, name);
        long head = member(headLocalPart, departmentId, headPosition);
        organizations.assignHead(orgId, departmentId, head);
        return departmentId;
    }

    private List<Long> members(long department, String prefix, int count, String position) {
        return members(department, prefix, 1, count, position);
    }

    private List<Long> members(long department, String prefix, int from, int to, String position) {
        List<Long> ids = new ArrayList<>();
        for (int number = from; number <= to; number++) {
            ids.add(member(prefix + number, department, position));
        }
        return ids;
    }

    private long member(String localPart, long department, String position) {
        return add(localPart, department, position, false);
    }

    private void admin(long department) {
        add("admin", department, "Администратор Potok", true);
    }

    private long add(String localPart, long department, String position, boolean admin) {
        String email = localPart + "@" + emailDomain;
        String[] name = uniqueName();
        long id = organizations.createMember(orgId, new NewMember(email, name[0], name[1], position, department,
                admin, DemoWorkspace.PASSWORD, DemoWorkspace.securityKey(email)));
        memberIds.put(localPart, id);
        return id;
    }

    private String[] uniqueName() {
        while (true) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            if (usedNames.add(first + " " + last)) {
                return new String[] {first, feminine(first, last)};
            }
        }
    }

    /** Gives female first names the feminine form of the surname (Смирнов → Смирнова). */
    private static String feminine(String first, String last) {
        boolean female = first.endsWith("а") || first.endsWith("я");
        return female && !first.equals("Никита") ? last + "а" : last;
    }

    private void role(String name, List<Long> members) {
        roleIds.put(name, organizations.createRole(orgId, name, members));
    }
}
