//! `time`: clocks and sleep.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::float::new_float;
use crate::types::int::int_from_i128;
use crate::types::module::{add_fn, new_module};
use crate::value::Value;

fn start() -> Instant {
    static S: OnceLock<Instant> = OnceLock::new();
    *S.get_or_init(Instant::now)
}

fn wall() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}
fn time(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(wall()))
}
fn time_ns(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let n = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(int_from_i128(n as i128))
}
fn perf_counter(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(start().elapsed().as_secs_f64()))
}
fn perf_counter_ns(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_i128(start().elapsed().as_nanos() as i128))
}
fn process_time(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    // CPU time of the process
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the struct we pass; CLOCK_PROCESS_CPUTIME_ID is 2 on Linux.
    let r = unsafe { clock_gettime(2, &mut ts) };
    if r != 0 {
        return Ok(new_float(start().elapsed().as_secs_f64()));
    }
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}
#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}
extern "C" {
    fn clock_gettime(clk: i32, ts: *mut libc_timespec) -> i32;
}
fn sleep(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(a, k, "sleep", 1, 1)?;
    let secs = crate::types::float::to_float(vm, &a[0])?;
    if secs < 0.0 {
        return Err(error::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(error::overflow_error("sleep length is too large"));
    }
    let d = std::time::Duration::try_from_secs_f64(secs)
        .map_err(|_| error::overflow_error("sleep length is too large"))?;
    crate::runtime::gil::allow_threads(|| std::thread::sleep(d));
    Ok(Value::none())
}

pub fn make_module(_vm: &Vm) -> Value {
    let _ = start();
    let m = new_module("time");
    add_fn(&m, "time", time);
    add_fn(&m, "time_ns", time_ns);
    add_fn(&m, "perf_counter", perf_counter);
    add_fn(&m, "perf_counter_ns", perf_counter_ns);
    add_fn(&m, "monotonic", perf_counter);
    add_fn(&m, "monotonic_ns", perf_counter_ns);
    add_fn(&m, "process_time", process_time);
    add_fn(&m, "sleep", sleep);
    m
}
