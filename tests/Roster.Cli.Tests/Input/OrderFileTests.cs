using Google.Type;
using Roster.Cli.Input;
using Roster.Cli.Tests.Fakes;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Input;

public class OrderFileTests
{
    [Theory]
    [MemberData(nameof(SeedOrders.Indexes), MemberType = typeof(SeedOrders))]
    public void Reads_each_seed_order_written_as_yaml_into_the_proto_fields(int index)
    {
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(index));

        var result = OrderFile.Read(file.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedOrders.Expected(index), result.Order);
    }

    [Theory]
    [MemberData(nameof(SeedOrders.Indexes), MemberType = typeof(SeedOrders))]
    public void Reads_each_seed_order_written_as_json_into_the_proto_fields(int index)
    {
        using var file = new TempFile("order.json", SeedOrders.Json(index));

        var result = OrderFile.Read(file.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedOrders.Expected(index), result.Order);
    }

    [Fact]
    public void Reads_the_first_seed_order_into_exactly_these_fields()
    {
        using var file = new TempFile("order.yaml", SeedOrders.Yaml(0));

        var order = OrderFile.Read(file.Path).Order;

        var expected = new Order
        {
            DocumentNumber = "阳政任字〔2022〕1号",
            Issuer = "阳泉市人民政府",
            Title = "阳泉市人民政府关于赵海金等四人任免职务的通知",
            DecisionBody = "阳泉市人民政府常务会议",
            DecidedOn = new Date { Year = 2022, Month = 1, Day = 12 },
            IssuedOn = new Date { Year = 2022, Month = 1, Day = 13 },
            EffectiveOn = new Date { Year = 2022, Month = 1, Day = 12 },
            Source = new OrderSource { LineStart = 2497, LineEnd = 2523 },
            Items =
            {
                new OrderItem { Action = OrderAction.Appoint, Person = "赵海金", Organization = "阳泉市公安局", Title = "副局长" },
                new OrderItem { Action = OrderAction.Appoint, Person = "岳江", Organization = "阳泉市公安局国内安全保卫支队", Title = "支队长", Probation = "P1Y" },
                new OrderItem { Action = OrderAction.Remove, Person = "郭建勇", Organization = "阳泉市公安局治安管理支队", Title = "支队长" },
                new OrderItem { Action = OrderAction.Remove, Person = "石建军", Organization = "阳泉市公安局国内安全保卫支队", Title = "支队长", RetainsRank = true },
            },
        };
        Assert.Equal(expected, order);
    }

    [Fact]
    public void Passes_a_date_that_does_not_exist_through_for_the_server_to_reject()
    {
        var result = OrderFile.ParseYaml("document_number: X\ndecided_on: 2022-02-30\nitems: []\n", "order.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(new Date { Year = 2022, Month = 2, Day = 30 }, result.Order.DecidedOn);
        Assert.Null(result.Order.IssuedOn);
    }

    [Theory]
    [InlineData("APPOINT", OrderAction.Appoint)]
    [InlineData("remove", OrderAction.Remove)]
    [InlineData("Engage", OrderAction.Engage)]
    [InlineData("dismiss", OrderAction.Dismiss)]
    [InlineData("PROMOTE", OrderAction.Unspecified)] // unknown: the server reports it
    [InlineData("任命", OrderAction.Unspecified)]     // Chinese words are the parser's job, not the file format's
    [InlineData("1", OrderAction.Unspecified)]       // numbers are not names
    [InlineData("\"\"", OrderAction.Unspecified)]
    public void Reads_actions_by_proto_name_in_any_case_and_leaves_the_rest_unspecified(string action, OrderAction expected)
    {
        var result = OrderFile.ParseYaml($"items:\n  - {{action: {action}, person: 岳江}}\n", "order.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(expected, result.Order.Items.Single().Action);
    }

    [Fact]
    public void Reads_flags_notes_and_the_submitting_office()
    {
        const string yaml = """
            document_number: 阳政任字〔2022〕9号
            submitted_by: 阳泉市人力资源和社会保障局
            gazette: yangquan-gazette-2022-01.txt
            lines: 12
            items:
              - action: appoint
                person: 岳 江
                organization: 阳泉市公安局
                title: 副局长
                concurrent: true
                acting: TRUE
                retains_rank: false
                note: 挂职
            """;

        var order = OrderFile.ParseYaml(yaml, "order.yaml").Order!;

        Assert.Equal(new OrderSource { SubmittedBy = "阳泉市人力资源和社会保障局", Gazette = "yangquan-gazette-2022-01.txt", LineStart = 12, LineEnd = 12 }, order.Source);
        var item = order.Items.Single();
        Assert.Equal("岳 江", item.Person); // the server normalises names
        Assert.True(item.Concurrent);
        Assert.True(item.Acting);
        Assert.False(item.RetainsRank);
        Assert.Equal("挂职", item.Note);
    }

    [Fact]
    public void Reads_json_in_a_file_without_a_known_extension_as_yaml()
    {
        using var file = new TempFile("order.txt", SeedOrders.Json(3));

        var result = OrderFile.Read(file.Path);

        Assert.Equal(SeedOrders.Expected(3), result.Order);
    }

    [Fact]
    public void Reads_tab_indented_json()
    {
        using var file = new TempFile("order.json", "{\n\t\"document_number\": \"X\",\n\t\"items\": [\n\t\t{\"action\": \"REMOVE\", \"retains_rank\": true}\n\t]\n}\n");

        var result = OrderFile.Read(file.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(result.Order.Items.Single().RetainsRank);
    }

    [Fact]
    public void Refuses_a_raw_nul_in_a_value_naming_its_line_instead_of_dropping_it()
    {
        var result = OrderFile.ParseYaml("document_number: 阳政任字〔2022〕1号\nitems:\n  - person: 岳\0江\n", "order.yaml");

        Assert.False(result.Succeeded);
        Assert.Equal("order.yaml:3: holds a NUL character (U+0000), which no field may hold", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("[", "]", 50_000, "order.yaml:1:65")]
    [InlineData("{a: ", "}", 20_000, "order.yaml:1:257")]
    public void Refuses_nesting_past_the_limit_before_it_can_overflow_the_stack(string open, string close, int depth, string location)
    {
        var text = string.Concat(Enumerable.Repeat(open, depth)) + (open == "[" ? "" : "1") + string.Concat(Enumerable.Repeat(close, depth));

        var result = OrderFile.ParseYaml(text, "order.yaml");

        Assert.Equal($"{location}: not valid YAML: it nests lists or maps more than {OrderFile.MaxDepth} deep (an order needs 3)", Assert.Single(result.Errors));
    }

    [Fact]
    public void Reports_a_missing_file()
    {
        var result = OrderFile.Read("/no/such/order.yaml");

        Assert.StartsWith("cannot read /no/such/order.yaml: ", Assert.Single(result.Errors));
    }

    [Fact]
    public void Reports_a_file_that_is_not_yaml_with_its_position()
    {
        using var file = new TempFile("order.yaml", "document_number: X\nitems: [\n  {action: APPOINT\n");

        var result = OrderFile.Read(file.Path);

        Assert.False(result.Succeeded);
        Assert.StartsWith(file.Path + ":", Assert.Single(result.Errors));
        Assert.Contains("not valid YAML", result.Errors[0]);
    }

    [Fact]
    public void Reports_a_json_file_that_is_not_json()
    {
        using var file = new TempFile("order.json", "{\"document_number\": \"X\",}");

        var error = Assert.Single(OrderFile.Read(file.Path).Errors);

        Assert.Equal(OrderFileErrors.NotJson(file.Path + ":1", "The JSON object contains a trailing comma at the end which is not supported in this mode."), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Reports_an_empty_file(string content)
    {
        Assert.Equal([OrderFileErrors.Empty("order.yaml")], OrderFile.ParseYaml(content, "order.yaml").Errors);
    }

    [Theory]
    [InlineData("just text")]
    [InlineData("- a\n- list\n")]
    [InlineData("~")]
    public void Reports_a_document_that_is_not_a_mapping(string content)
    {
        var error = Assert.Single(OrderFile.ParseYaml(content, "order.yaml").Errors);

        Assert.StartsWith("order.yaml:1:1: the order must be a mapping", error);
    }

    [Fact]
    public void Reports_several_documents()
    {
        Assert.Equal([OrderFileErrors.SeveralDocuments("order.yaml")], OrderFile.ParseYaml("issuer: A\n---\nissuer: B\n", "order.yaml").Errors);
    }

    [Fact]
    public void Reports_every_field_it_cannot_read_with_line_and_path()
    {
        const string yaml = """
            document_number: X
            efective_on: 2022-01-12
            decided_on: 2022/01/12
            items:
              - {action: APPOINT, retains_rank: maybe}
              - just text
              - {action: REMOVE, person: [a, b], rank: HEAD}
            lines: [3, x]
            """;

        var errors = OrderFile.ParseYaml(yaml, "order.yaml").Errors;

        Assert.Equal(
            [
                OrderFileErrors.UnknownField("order.yaml:2:1", "efective_on", "document_number, issuer, title, decision_body, decided_on, issued_on, effective_on, items, corrects, submitted_by, gazette, lines"),
                OrderFileErrors.NotADate("order.yaml:3:13", "decided_on", "2022/01/12"),
                OrderFileErrors.NotABoolean("order.yaml:5:37", "items[0].retains_rank", "maybe"),
                OrderFileErrors.WrongShape("order.yaml:6:5", "items[1]", "a mapping ({action: …, person: …, …})"),
                OrderFileErrors.WrongShape("order.yaml:7:30", "items[2].person", "text"),
                OrderFileErrors.UnknownField("order.yaml:7:38", "items[2].rank", "action, person, person_id, organization, title, probation, retains_rank, concurrent, acting, note"),
                OrderFileErrors.NotLines("order.yaml:8:8", "lines"),
            ],
            errors);
    }

    [Fact]
    public void Reports_a_field_given_twice()
    {
        var error = Assert.Single(OrderFile.ParseYaml("issuer: A\nissuer: B\n", "order.yaml").Errors);

        Assert.Equal(OrderFileErrors.NotYaml("order.yaml:2:1", "Duplicate key issuer"), error);
    }

    [Fact]
    public void Reads_a_revocation_with_its_target_and_kind_and_no_items()
    {
        const string yaml = """
            document_number: 阳政任字〔2022〕9号
            issuer: 阳泉市人民政府
            issued_on: 2022-02-10
            corrects: {document_number: 阳政任字〔2022〕4号, kind: revoke}
            """;

        var result = OrderFile.ParseYaml(yaml, "revoke.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(new OrderCorrection { DocumentNumber = "阳政任字〔2022〕4号", Kind = CorrectionKind.Revoke }, result.Order!.Corrects);
        Assert.Empty(result.Order.Items);
    }

    [Fact]
    public void An_unknown_field_of_corrects_is_reported_with_its_path_and_an_unknown_kind_is_left_to_the_server()
    {
        var result = OrderFile.ParseYaml("corrects: {document_number: 阳政任字〔2022〕4号, kind: REPEAL, reason: typo}", "c.yaml");

        Assert.Contains(result.Errors, e => e.Contains("corrects.reason"));
        var kindOnly = OrderFile.ParseYaml("corrects: {document_number: 阳政任字〔2022〕4号, kind: REPEAL}", "c.yaml");
        Assert.Equal(CorrectionKind.Unspecified, kindOnly.Order!.Corrects.Kind);
    }
}
