//! Run-time cost of `Status` and `CloseCode` against the references a user
//! would otherwise use: `http::StatusCode` (http 1.x), a
//! `std::collections::HashMap<&str, u16>` for name lookups, and tungstenite's
//! `CloseCode` for WebSocket close codes.
//!
//! `cargo bench -p statuscode-benches --bench runtime` runs two passes over the same inputs:
//!
//! 1. criterion, one benchmark per operation (`target/criterion/` has the
//!    reports);
//! 2. a paired pass: for each operation and its reference, R rounds that time
//!    both back to back (the order flips every round) and print the per-call
//!    time of each and the ratio ours / reference as min / median / max over
//!    the rounds. These ratios are the ones BENCHMARKS.md reports.
//!
//! Every benchmark call walks a whole input set (all 64 assigned codes, every
//! name of one form), so branch predictors see the same sequence on both
//! sides; the inputs and results pass through `black_box`.
//!
//! `STATUSCODE_BENCH_ROUNDS` (default 31) sets the rounds of the paired pass.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use statuscode::{CloseCode, Status};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode as TungsteniteCloseCode;

/// The aliases in the name table (registry/data/project-aliases.csv): the only
/// names a bench cannot derive from `Status::all()`.
const ALIASES: [&str; 7] = [
    "PAYLOAD_TOO_LARGE",
    "REQUEST_ENTITY_TOO_LARGE",
    "REQUEST_URI_TOO_LONG",
    "REQUESTED_RANGE_NOT_SATISFIABLE",
    "SWITCH_PROXY",
    "TEAPOT",
    "UNPROCESSABLE_ENTITY",
];

/// The inputs, built once, shared by both passes.
struct Inputs {
    codes: Vec<u16>,
    statuses: Vec<Status>,
    http_codes: Vec<http::StatusCode>,
    canonical: Vec<&'static str>,
    aliases: Vec<&'static str>,
    fastapi: Vec<&'static str>,
    numbers: Vec<&'static str>,
    /// Every name form and number string, to its code: the reference lookup.
    map: HashMap<&'static str, u16>,
    /// Every registered WebSocket close code, and two private-use ones.
    close_codes: Vec<u16>,
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl Inputs {
    fn new() -> Inputs {
        let statuses: Vec<Status> = Status::all().collect();
        let codes: Vec<u16> = statuses.iter().map(|s| s.as_u16()).collect();
        let http_codes = codes
            .iter()
            .map(|&c| http::StatusCode::from_u16(c).expect("every registry code is in 100..=999"))
            .collect();
        let canonical: Vec<&'static str> = statuses.iter().map(|s| s.name()).collect();
        let aliases = ALIASES.to_vec();
        let fastapi: Vec<&'static str> = statuses
            .iter()
            .map(|s| leak(format!("HTTP_{}_{}", s.as_u16(), s.name())))
            .collect();
        let numbers: Vec<&'static str> = codes.iter().map(|c| leak(c.to_string())).collect();
        let mut map = HashMap::new();
        for set in [&canonical, &aliases, &fastapi, &numbers] {
            for &name in set {
                let status = Status::from_name(name).expect("every bench input resolves");
                map.insert(name, status.as_u16());
            }
        }
        let mut close_codes: Vec<u16> = CloseCode::all().map(CloseCode::as_u16).collect();
        close_codes.extend([4000, 4999]);
        Inputs {
            codes,
            statuses,
            http_codes,
            canonical,
            aliases,
            fastapi,
            numbers,
            map,
            close_codes,
        }
    }
}

/// One operation over a whole input set; returns how many calls it made.
type Op<'a> = Box<dyn Fn() -> usize + 'a>;

/// An operation, its reference, and the target ratio (if the issue sets one).
struct Pair<'a> {
    name: &'static str,
    ours: Op<'a>,
    reference_name: &'static str,
    reference: Op<'a>,
    target: Option<f64>,
}

fn from_u16(codes: &[u16]) -> usize {
    for &c in codes {
        black_box(Status::from_u16(black_box(c)).ok());
    }
    codes.len()
}

fn http_from_u16(codes: &[u16]) -> usize {
    for &c in codes {
        black_box(http::StatusCode::from_u16(black_box(c)).ok());
    }
    codes.len()
}

fn close_from_u16(codes: &[u16]) -> usize {
    for &c in codes {
        black_box(CloseCode::from_u16(black_box(c)).ok());
    }
    codes.len()
}

fn tungstenite_close_from(codes: &[u16]) -> usize {
    for &c in codes {
        black_box(TungsteniteCloseCode::from(black_box(c)));
    }
    codes.len()
}

fn reason(statuses: &[Status]) -> usize {
    for &s in statuses {
        black_box(black_box(s).reason());
    }
    statuses.len()
}

fn http_canonical_reason(codes: &[http::StatusCode]) -> usize {
    for &c in codes {
        black_box(black_box(c).canonical_reason());
    }
    codes.len()
}

fn name(statuses: &[Status]) -> usize {
    for &s in statuses {
        black_box(black_box(s).name());
    }
    statuses.len()
}

fn from_name(names: &[&str]) -> usize {
    for &n in names {
        black_box(Status::from_name(black_box(n)).ok());
    }
    names.len()
}

fn from_str(names: &[&str]) -> usize {
    for &n in names {
        black_box(black_box(n).parse::<Status>().ok());
    }
    names.len()
}

fn map_get(map: &HashMap<&str, u16>, names: &[&str]) -> usize {
    for &n in names {
        black_box(map.get(black_box(n)));
    }
    names.len()
}

fn http_from_bytes(numbers: &[&str]) -> usize {
    for &n in numbers {
        black_box(http::StatusCode::from_bytes(black_box(n).as_bytes()).ok());
    }
    numbers.len()
}

fn display(statuses: &[Status]) -> usize {
    for &s in statuses {
        black_box(black_box(s).to_string());
    }
    statuses.len()
}

fn http_display(codes: &[http::StatusCode]) -> usize {
    for &c in codes {
        black_box(black_box(c).to_string());
    }
    codes.len()
}

fn pairs(i: &Inputs) -> Vec<Pair<'_>> {
    let name_pair = |name, names: &'static [&'static str]| Pair {
        name,
        ours: Box::new(move || from_name(names)),
        reference_name: "HashMap<&str, u16>::get",
        reference: Box::new(move || map_get(&i.map, names)),
        target: Some(1.0),
    };
    // The input sets live as long as the program: leak them to share them
    // between closures without cloning per call.
    let canonical: &'static [&'static str] = Vec::leak(i.canonical.clone());
    let aliases: &'static [&'static str] = Vec::leak(i.aliases.clone());
    let fastapi: &'static [&'static str] = Vec::leak(i.fastapi.clone());
    let numbers: &'static [&'static str] = Vec::leak(i.numbers.clone());
    vec![
        Pair {
            name: "Status::from_u16",
            ours: Box::new(|| from_u16(&i.codes)),
            reference_name: "http::StatusCode::from_u16",
            reference: Box::new(|| http_from_u16(&i.codes)),
            target: Some(1.0),
        },
        Pair {
            name: "Status::reason",
            ours: Box::new(|| reason(&i.statuses)),
            reference_name: "http::StatusCode::canonical_reason",
            reference: Box::new(|| http_canonical_reason(&i.http_codes)),
            target: Some(1.0),
        },
        Pair {
            name: "Status::name",
            ours: Box::new(|| name(&i.statuses)),
            reference_name: "http::StatusCode::canonical_reason",
            reference: Box::new(|| http_canonical_reason(&i.http_codes)),
            target: None,
        },
        name_pair("Status::from_name (canonical)", canonical),
        name_pair("Status::from_name (alias)", aliases),
        name_pair("Status::from_name (FastAPI)", fastapi),
        name_pair("Status::from_name (number)", numbers),
        Pair {
            name: "str::parse::<Status> (canonical)",
            ours: Box::new(move || from_str(canonical)),
            reference_name: "HashMap<&str, u16>::get",
            reference: Box::new(move || map_get(&i.map, canonical)),
            target: Some(1.0),
        },
        Pair {
            name: "Status::from_name (number)",
            ours: Box::new(move || from_name(numbers)),
            reference_name: "http::StatusCode::from_bytes",
            reference: Box::new(move || http_from_bytes(numbers)),
            target: None,
        },
        Pair {
            name: "CloseCode::from_u16",
            ours: Box::new(|| close_from_u16(&i.close_codes)),
            reference_name: "tungstenite CloseCode::from(u16)",
            reference: Box::new(|| tungstenite_close_from(&i.close_codes)),
            target: None,
        },
        Pair {
            name: "Status::to_string",
            ours: Box::new(|| display(&i.statuses)),
            reference_name: "http::StatusCode::to_string",
            reference: Box::new(|| http_display(&i.http_codes)),
            target: None,
        },
    ]
}

/// Pass 1: criterion, one benchmark per operation and reference.
fn criterion_pass(c: &mut Criterion, i: &Inputs) {
    let mut g = c.benchmark_group("from_u16 (64 codes)");
    g.bench_function("statuscode", |b| b.iter(|| from_u16(&i.codes)));
    g.bench_function("http", |b| b.iter(|| http_from_u16(&i.codes)));
    g.finish();

    let mut g = c.benchmark_group("reason (64 codes)");
    g.bench_function("statuscode", |b| b.iter(|| reason(&i.statuses)));
    g.bench_function("http", |b| {
        b.iter(|| http_canonical_reason(&i.http_codes));
    });
    g.finish();

    c.bench_function("name (64 codes)/statuscode", |b| {
        b.iter(|| name(&i.statuses));
    });

    for (form, names) in [
        ("canonical", &i.canonical),
        ("alias", &i.aliases),
        ("FastAPI", &i.fastapi),
        ("number", &i.numbers),
    ] {
        let mut g = c.benchmark_group(format!("from_name {form} ({} names)", names.len()));
        g.bench_function("statuscode from_name", |b| b.iter(|| from_name(names)));
        g.bench_function("statuscode FromStr", |b| b.iter(|| from_str(names)));
        g.bench_function("HashMap", |b| b.iter(|| map_get(&i.map, names)));
        if form == "number" {
            g.bench_function("http from_bytes", |b| b.iter(|| http_from_bytes(names)));
        }
        g.finish();
    }

    let mut g = c.benchmark_group(format!("close from_u16 ({} codes)", i.close_codes.len()));
    g.bench_function("statuscode", |b| b.iter(|| close_from_u16(&i.close_codes)));
    g.bench_function("tungstenite", |b| {
        b.iter(|| tungstenite_close_from(&i.close_codes));
    });
    g.finish();

    let mut g = c.benchmark_group("to_string (64 codes)");
    g.bench_function("statuscode", |b| b.iter(|| display(&i.statuses)));
    g.bench_function("http", |b| b.iter(|| http_display(&i.http_codes)));
    g.finish();
}

/// Nanoseconds per call of `op`, run for at least `budget`.
fn time_per_call(op: &Op<'_>, iters: u32) -> f64 {
    let start = Instant::now();
    let mut calls = 0usize;
    for _ in 0..iters {
        calls += op();
    }
    let elapsed = start.elapsed();
    #[allow(
        clippy::cast_precision_loss,
        reason = "call counts stay far below 2^52"
    )]
    let per_call = elapsed.as_secs_f64() * 1e9 / calls as f64;
    per_call
}

/// How many whole-set iterations take about `budget`.
fn calibrate(op: &Op<'_>, budget: Duration) -> u32 {
    let mut iters = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..iters {
            op();
        }
        let elapsed = start.elapsed();
        if elapsed >= budget / 4 || iters >= 1 << 28 {
            let scale = budget.as_secs_f64() / elapsed.as_secs_f64().max(1e-9);
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped to 1..=2^28 before the cast"
            )]
            let scaled = (f64::from(iters) * scale).clamp(1.0, f64::from(1u32 << 28)) as u32;
            return scaled;
        }
        iters *= 2;
    }
}

/// (min, median, max) of `xs`.
fn spread(mut xs: Vec<f64>) -> (f64, f64, f64) {
    xs.sort_by(f64::total_cmp);
    let mid = xs.len() / 2;
    let median = if xs.len() % 2 == 1 {
        xs[mid]
    } else {
        f64::midpoint(xs[mid - 1], xs[mid])
    };
    (xs[0], median, xs[xs.len() - 1])
}

/// Pass 2: each operation and its reference timed alternately, R rounds.
fn paired_pass(inputs: &Inputs, rounds: usize, filter: Option<&str>) {
    let budget = Duration::from_millis(20);
    println!();
    println!(
        "paired pass: {rounds} rounds, ~{} ms per side per round, order flipped each round",
        budget.as_millis()
    );
    println!();
    println!(
        "| operation | ns/call min / median / max | reference | ns/call min / median / max | ratio min / median / max | target |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for pair in pairs(inputs) {
        if filter.is_some_and(|f| !pair.name.contains(f) && !pair.reference_name.contains(f)) {
            continue;
        }
        let ours_iters = calibrate(&pair.ours, budget);
        let ref_iters = calibrate(&pair.reference, budget);
        let (mut ours, mut reference, mut ratio) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            let (a, b) = if round % 2 == 0 {
                let a = time_per_call(&pair.ours, ours_iters);
                (a, time_per_call(&pair.reference, ref_iters))
            } else {
                let b = time_per_call(&pair.reference, ref_iters);
                (time_per_call(&pair.ours, ours_iters), b)
            };
            ours.push(a);
            reference.push(b);
            ratio.push(a / b);
        }
        let (ours, reference, ratio) = (spread(ours), spread(reference), spread(ratio));
        let verdict = match pair.target {
            Some(t) if ratio.1 <= t => format!("<= {t:.1}x: met"),
            Some(t) => format!("<= {t:.1}x: MISSED"),
            None => "-".to_owned(),
        };
        println!(
            "| `{}` | {:.2} / {:.2} / {:.2} | `{}` | {:.2} / {:.2} / {:.2} | {:.2} / {:.2} / {:.2} | {verdict} |",
            pair.name,
            ours.0,
            ours.1,
            ours.2,
            pair.reference_name,
            reference.0,
            reference.1,
            reference.2,
            ratio.0,
            ratio.1,
            ratio.2
        );
    }
}

/// Criterion's positional FILTER argument, skipping the values of its
/// options that take one (`--measurement-time 3`).
fn positional_filter(args: &[String]) -> Option<String> {
    const TAKES_VALUE: [&str; 16] = [
        "--color",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--format",
        "--profile-time",
        "--load-baseline",
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--plotting-backend",
        "--output-format",
    ];
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if TAKES_VALUE.contains(&arg.as_str()) || ["-c", "-s", "-b"].contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with('-') {
            return Some(arg.clone());
        }
    }
    None
}

fn main() {
    let inputs = Inputs::new();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // criterion then runs each benchmark once as a smoke test.
    let bench_mode = args.iter().any(|a| a == "--bench");
    let filter = positional_filter(&args);

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    criterion_pass(&mut c, &inputs);
    c.final_summary();

    if bench_mode {
        let rounds = std::env::var("STATUSCODE_BENCH_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(31);
        paired_pass(&inputs, rounds, filter.as_deref());
    }
}
